import * as migration_20261122_181259_initial from './20261122_181259_initial';
import * as migration_20261122_185151_knowledge_base from './20261122_185151_knowledge_base';
import * as migration_20261122_190325_accounts from './20261122_190325_accounts';
import * as migration_20261122_202518_search from './20261122_202518_search';
import * as migration_20261122_205700_measures from './20261122_205700_measures';
import * as migration_20261122_221347_measure_history from './20261122_221347_measure_history';
import * as migration_20261122_225012_committees_meetings from './20261122_225012_committees_meetings';
import * as migration_20261122_231318_committee_member_names from './20261122_231318_committee_member_names';
import * as migration_20261122_233149_events_registrations from './20261122_233149_events_registrations';
import * as migration_20261123_012914_map_contracts_register from './20261123_012914_map_contracts_register';
import * as migration_20261123_034713_media_object_storage from './20261123_034713_media_object_storage';
import * as migration_20261123_041338_totp_second_factor from './20261123_041338_totp_second_factor';
import * as migration_20261130_103719_trust_sessions_audit_throttle from './20261130_103719_trust_sessions_audit_throttle';
import * as migration_20261130_103720_audit_append_only from './20261130_103720_audit_append_only';
import * as migration_20261130_132602_content_guides_faq_sources from './20261130_132602_content_guides_faq_sources';
import * as migration_20261130_140643_measure_history_one_entry_per_save from './20261130_140643_measure_history_one_entry_per_save';
import * as migration_20261130_154222_registration_calendar_sequence from './20261130_154222_registration_calendar_sequence';
import * as migration_20261130_160946_issue20_21_home_settings_templates_zurich from './20261130_160946_issue20_21_home_settings_templates_zurich';
import * as migration_20261130_175016_providers_processes from './20261130_175016_providers_processes';
import * as migration_20261130_183000_search_ranking from './20261130_183000_search_ranking';
import * as migration_20261130_191850_issue23_providers_inventory_alerts from './20261130_191850_issue23_providers_inventory_alerts';
import * as migration_20261130_205906_content_reports from './20261130_205906_content_reports';
import * as migration_20261130_210000_search_rank_index from './20261130_210000_search_rank_index';
import * as migration_20261130_215915_watch_items from './20261130_215915_watch_items';
import * as migration_20261130_220503_follow_digest from './20261130_220503_follow_digest';
import * as migration_20261130_235531_measures_reflect_reality from './20261130_235531_measures_reflect_reality';
import * as migration_20261201_004123_recurring_actions_and_snapshots from './20261201_004123_recurring_actions_and_snapshots';
import * as migration_20261201_024442_languages from './20261201_024442_languages';
import * as migration_20261201_025003_content_languages from './20261201_025003_content_languages';
import * as migration_20261201_025004_search_languages from './20261201_025004_search_languages';
import * as migration_20261201_220000_search_without_visibility_index from './20261201_220000_search_without_visibility_index';
import * as migration_20261202_014000_search_grants_in_gin from './20261202_014000_search_grants_in_gin';
import * as migration_20261202_060000_search_sentences from './20261202_060000_search_sentences';
import * as migration_20261202_100000_search_rank_index_covering from './20261202_100000_search_rank_index_covering';
import * as migration_20261202_140000_search_gin_by_language from './20261202_140000_search_gin_by_language';

export const migrations = [
  {
    up: migration_20261122_181259_initial.up,
    down: migration_20261122_181259_initial.down,
    name: '20261122_181259_initial',
  },
  {
    up: migration_20261122_185151_knowledge_base.up,
    down: migration_20261122_185151_knowledge_base.down,
    name: '20261122_185151_knowledge_base',
  },
  {
    up: migration_20261122_190325_accounts.up,
    down: migration_20261122_190325_accounts.down,
    name: '20261122_190325_accounts',
  },
  {
    up: migration_20261122_202518_search.up,
    down: migration_20261122_202518_search.down,
    name: '20261122_202518_search',
  },
  {
    up: migration_20261122_205700_measures.up,
    down: migration_20261122_205700_measures.down,
    name: '20261122_205700_measures',
  },
  {
    up: migration_20261122_221347_measure_history.up,
    down: migration_20261122_221347_measure_history.down,
    name: '20261122_221347_measure_history',
  },
  {
    up: migration_20261122_225012_committees_meetings.up,
    down: migration_20261122_225012_committees_meetings.down,
    name: '20261122_225012_committees_meetings',
  },
  {
    up: migration_20261122_231318_committee_member_names.up,
    down: migration_20261122_231318_committee_member_names.down,
    name: '20261122_231318_committee_member_names',
  },
  {
    up: migration_20261122_233149_events_registrations.up,
    down: migration_20261122_233149_events_registrations.down,
    name: '20261122_233149_events_registrations',
  },
  {
    up: migration_20261123_012914_map_contracts_register.up,
    down: migration_20261123_012914_map_contracts_register.down,
    name: '20261123_012914_map_contracts_register',
  },
  {
    up: migration_20261123_034713_media_object_storage.up,
    down: migration_20261123_034713_media_object_storage.down,
    name: '20261123_034713_media_object_storage',
  },
  {
    up: migration_20261123_041338_totp_second_factor.up,
    down: migration_20261123_041338_totp_second_factor.down,
    name: '20261123_041338_totp_second_factor',
  },
  {
    up: migration_20261130_103719_trust_sessions_audit_throttle.up,
    down: migration_20261130_103719_trust_sessions_audit_throttle.down,
    name: '20261130_103719_trust_sessions_audit_throttle',
  },
  {
    up: migration_20261130_103720_audit_append_only.up,
    down: migration_20261130_103720_audit_append_only.down,
    name: '20261130_103720_audit_append_only',
  },
  {
    up: migration_20261130_132602_content_guides_faq_sources.up,
    down: migration_20261130_132602_content_guides_faq_sources.down,
    name: '20261130_132602_content_guides_faq_sources',
  },
  {
    up: migration_20261130_140643_measure_history_one_entry_per_save.up,
    down: migration_20261130_140643_measure_history_one_entry_per_save.down,
    name: '20261130_140643_measure_history_one_entry_per_save',
  },
  {
    up: migration_20261130_154222_registration_calendar_sequence.up,
    down: migration_20261130_154222_registration_calendar_sequence.down,
    name: '20261130_154222_registration_calendar_sequence',
  },
  {
    up: migration_20261130_160946_issue20_21_home_settings_templates_zurich.up,
    down: migration_20261130_160946_issue20_21_home_settings_templates_zurich.down,
    name: '20261130_160946_issue20_21_home_settings_templates_zurich',
  },
  {
    up: migration_20261130_175016_providers_processes.up,
    down: migration_20261130_175016_providers_processes.down,
    name: '20261130_175016_providers_processes',
  },
  {
    up: migration_20261130_183000_search_ranking.up,
    down: migration_20261130_183000_search_ranking.down,
    name: '20261130_183000_search_ranking',
  },
  {
    up: migration_20261130_191850_issue23_providers_inventory_alerts.up,
    down: migration_20261130_191850_issue23_providers_inventory_alerts.down,
    name: '20261130_191850_issue23_providers_inventory_alerts',
  },
  {
    up: migration_20261130_205906_content_reports.up,
    down: migration_20261130_205906_content_reports.down,
    name: '20261130_205906_content_reports',
  },
  {
    up: migration_20261130_210000_search_rank_index.up,
    down: migration_20261130_210000_search_rank_index.down,
    name: '20261130_210000_search_rank_index',
  },
  {
    up: migration_20261130_215915_watch_items.up,
    down: migration_20261130_215915_watch_items.down,
    name: '20261130_215915_watch_items',
  },
  {
    up: migration_20261130_220503_follow_digest.up,
    down: migration_20261130_220503_follow_digest.down,
    name: '20261130_220503_follow_digest',
  },
  {
    up: migration_20261130_235531_measures_reflect_reality.up,
    down: migration_20261130_235531_measures_reflect_reality.down,
    name: '20261130_235531_measures_reflect_reality',
  },
  {
    up: migration_20261201_004123_recurring_actions_and_snapshots.up,
    down: migration_20261201_004123_recurring_actions_and_snapshots.down,
    name: '20261201_004123_recurring_actions_and_snapshots',
  },
  {
    up: migration_20261201_024442_languages.up,
    down: migration_20261201_024442_languages.down,
    name: '20261201_024442_languages',
  },
  {
    up: migration_20261201_025003_content_languages.up,
    down: migration_20261201_025003_content_languages.down,
    name: '20261201_025003_content_languages'
  },
  {
    up: migration_20261201_025004_search_languages.up,
    down: migration_20261201_025004_search_languages.down,
    name: '20261201_025004_search_languages',
  },
  {
    up: migration_20261201_220000_search_without_visibility_index.up,
    down: migration_20261201_220000_search_without_visibility_index.down,
    name: '20261201_220000_search_without_visibility_index',
  },
  {
    up: migration_20261202_014000_search_grants_in_gin.up,
    down: migration_20261202_014000_search_grants_in_gin.down,
    name: '20261202_014000_search_grants_in_gin',
  },
  {
    up: migration_20261202_060000_search_sentences.up,
    down: migration_20261202_060000_search_sentences.down,
    name: '20261202_060000_search_sentences',
  },
  {
    up: migration_20261202_100000_search_rank_index_covering.up,
    down: migration_20261202_100000_search_rank_index_covering.down,
    name: '20261202_100000_search_rank_index_covering',
  },
  {
    up: migration_20261202_140000_search_gin_by_language.up,
    down: migration_20261202_140000_search_gin_by_language.down,
    name: '20261202_140000_search_gin_by_language',
  },
];
