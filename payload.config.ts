import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { de } from '@payloadcms/translations/languages/de'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig, type Migration } from 'payload'

import { AccountEvents } from './collections/AccountEvents'
import { AccountRequests } from './collections/AccountRequests'
import { ActionItems } from './collections/ActionItems'
import { Actors } from './collections/Actors'
import { AgendaItems } from './collections/AgendaItems'
import { AlertAcknowledgements } from './collections/AlertAcknowledgements'
import { AuditEvents } from './collections/AuditEvents'
import { ChecklistProgress } from './collections/ChecklistProgress'
import { Committees } from './collections/Committees'
import { CommuneRegisters } from './collections/CommuneRegisters'
import { Communes } from './collections/Communes'
import { CommuneTools } from './collections/CommuneTools'
import { ContentReports } from './collections/ContentReports'
import { ContractCriteria } from './collections/ContractCriteria'
import { Contracts } from './collections/Contracts'
import { DigitalDecisions } from './collections/DigitalDecisions'
import { DigitalIncidents } from './collections/DigitalIncidents'
import { EventMailings } from './collections/EventMailings'
import { Events } from './collections/Events'
import { Faqs } from './collections/Faqs'
import { Follows } from './collections/Follows'
import { Guides } from './collections/Guides'
import { IndicatorSnapshots } from './collections/IndicatorSnapshots'
import { Initiatives } from './collections/Initiatives'
import { Measures } from './collections/Measures'
import { MeasureUpdates } from './collections/MeasureUpdates'
import { Media, maxUploadBytes } from './collections/Media'
import { mediaStorage } from './collections/Media/storage'
import { Meetings } from './collections/Meetings'
import { Notifications } from './collections/Notifications'
import { PriorityChanges } from './collections/PriorityChanges'
import { Processes } from './collections/Processes'
import { Providers } from './collections/Providers'
import { RegionalAlerts } from './collections/RegionalAlerts'
import { Registrations } from './collections/Registrations'
import { SharedIncidents } from './collections/SharedIncidents'
import { Templates } from './collections/Templates'
import { ThrottleEvents } from './collections/ThrottleEvents'
import { Users } from './collections/Users'
import { WatchItems } from './collections/WatchItems'
import { SiteSettings } from './globals/SiteSettings'
import { seed } from './seed'
import { accountInactivityTask } from './src/accounts/inactivity'
import { withEditorView } from './src/admin/editView'
import { adminTranslations } from './src/admin/translations'
import { regionalAlertMailTask } from './src/alerts/mail'
import { auditRetentionTask } from './src/audit/retention'
import { withSessions } from './src/auth/sessions/collection'
import { singleAuthOperation } from './src/auth/singleAuthOperation'
import { sharedCacheInvalidation } from './src/cache/invalidation'
import { recurringRemindersTask } from './src/checklists/reminders'
import { databasePoolMax, databaseUrl, isProduction, payloadSecret, publicUrl } from './src/config/runtime'
import { contentReportMailTask } from './src/contentReports/mail'
import { contractNoticeRemindersTask } from './src/contracts/noticeReminders'
import { healthEndpoint } from './src/db/healthEndpoint'
import { logPoolErrors } from './src/db/poolErrors'
import { emailAdapter } from './src/email/adapter'
import { eventMailQueue, eventMailTask } from './src/events/mail'
import { swissDateTime, withZurichDates, withZurichTimestamps, zurichTimezones } from './src/fields/zurich'
import { digestTask } from './src/follow/digest'
import { followEventTask } from './src/follow/events'
import { guideReviewRemindersTask } from './src/guides/reviewReminders'
import { indicatorSnapshotsTask } from './src/indicators/snapshots'
import { isJobLeader, scheduledByLeader } from './src/jobs/leader'
import { actionRemindersTask } from './src/meetings/reminders'
import { migrations } from './src/migrations'
import { accessQuery } from './src/payloadGuard/graphqlGuards'
import { withStrictInput } from './src/payloadGuard/strictInput'
import { richTextEditor } from './src/richtext/editor'
import { searchEndpoints } from './src/search/endpoints'
import { ensureSearchIndex } from './src/search/indexer'
import { searchQueue, searchSyncTask, withSearchSync } from './src/search/sync'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: isProduction() ? publicUrl() : undefined,
  csrf: isProduction() ? [publicUrl()] : [],
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' — Relais', icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/logo.svg' }] },
    // Payload's default avatar comes from gravatar.com: a third-party request per user, which the CSP refuses.
    avatar: 'default',
    importMap: { baseDir: dirname },
    // Swiss dates (30.11.2026 09:02), entered and shown in Zurich time whatever the browser's zone (src/fields/zurich.ts).
    dateFormat: swissDateTime,
    timezones: zurichTimezones,
    components: {
      graphics: { Logo: '/src/admin/Brand#RelaisLogo', Icon: '/src/admin/Brand#RelaisIcon' },
      beforeNavLinks: ['/src/admin/Brand#BackToIntranet'],
      // The admin's first page: what waits for the coordinator (src/dashboard/view.ts).
      beforeDashboard: ['/src/admin/Dashboard#CoordinatorDashboard'],
      // The admin login form cannot carry the second factor's code: it points those accounts to /connexion.
      beforeLogin: ['/src/admin/SecondFactorLoginNote#SecondFactorLoginNote'],
    },
  },
  collections: [
    withSessions(withZurichDates(Users)),
    Communes,
    Media,
    Measures,
    PriorityChanges,
    MeasureUpdates,
    Guides,
    ChecklistProgress,
    Templates,
    Faqs,
    ContentReports,
    WatchItems,
    Committees,
    Meetings,
    AgendaItems,
    ActionItems,
    Events,
    Registrations,
    EventMailings,
    Actors,
    Initiatives,
    ContractCriteria,
    Providers,
    Processes,
    Contracts,
    CommuneTools,
    CommuneRegisters,
    DigitalDecisions,
    DigitalIncidents,
    SharedIncidents,
    RegionalAlerts,
    AlertAcknowledgements,
    Follows,
    Notifications,
    IndicatorSnapshots,
    AccountRequests,
    AccountEvents,
    AuditEvents,
    ThrottleEvents,
  ]
    .map((collection) => (collection.slug === Users.slug ? collection : withZurichDates(collection)))
    .map(withZurichTimestamps)
    .map((collection) => withEditorView(collection, 'collection'))
    .map(withStrictInput)
    .map(withSearchSync),
  globals: [SiteSettings].map(withZurichDates).map((global) => withEditorView(global, 'global')),
  // Uploads go to an S3-compatible bucket when S3_* is set at start (docs/deploy.md), to the local disk otherwise.
  // Every write tells the shared cache of every instance what changed, when it commits (src/cache/shared.ts).
  plugins: [mediaStorage(), sharedCacheInvalidation],
  endpoints: [healthEndpoint, ...searchEndpoints],
  jobs: {
    tasks: [
      guideReviewRemindersTask,
      accountInactivityTask,
      digestTask,
      followEventTask,
      actionRemindersTask,
      contractNoticeRemindersTask,
      recurringRemindersTask,
      eventMailTask,
      regionalAlertMailTask,
      contentReportMailTask,
      searchSyncTask,
      auditRetentionTask,
      indicatorSnapshotsTask,
    ].map(scheduledByLeader),
    // Queued and scheduled tasks are run by the app itself; tests and one-off scripts turn this off. With several
    // instances, one of them runs them and queues the scheduled runs (src/jobs/leader.ts).
    // Search updates run every 2 s, so an edit is findable within seconds of its save.
    autoRun: [
      // The daily queue is looked at every 5 minutes (RELAIS_SCHEDULE_CRON: more often, for the tests of several instances).
      { cron: process.env.RELAIS_SCHEDULE_CRON || '0 */5 * * * *', queue: 'daily' },
      { cron: '*/2 * * * * *', queue: searchQueue, limit: 100 },
      // Announcements and cancellation notices leave within seconds of the publication.
      { cron: '*/10 * * * * *', queue: eventMailQueue, limit: 10 },
    ],
    shouldAutoRun: (payload) => isJobLeader(payload),
  },
  // Stated rather than left to defaults (ASVS V4.3): no schema introspection nor playground in production.
  // Posters and PDFs, not videos: a file above 10 MB is refused while it arrives, before anything is written.
  upload: { limits: { fileSize: maxUploadBytes }, abortOnLimit: true, responseOnLimit: 'Le fichier dépasse la taille maximale de 10 Mo.' },
  graphQL: {
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
    // One login or password operation per document: aliases would make one request many attempts.
    validationRules: () => [singleAuthOperation],
    // Payload's `Access` query, for logged-in users only and without its internal error (src/payloadGuard/graphqlGuards.ts).
    queries: accessQuery,
  },
  editor: richTextEditor(),
  // Payload's French where it is wrong for editors (« créé(e) », « un(e) nouveau ou nouvelle … »), and our admin
  // components' strings under `relais` in both languages: src/admin/translations.ts. The admin's language: docs/deploy.md.
  i18n: { supportedLanguages: { fr, de }, fallbackLanguage: 'fr', translations: adminTranslations() },
  // Content in both languages (issue 26): the fields an editor writes (titles, texts, questions) are `localized`;
  // French, the language of the sources, is the default and the fallback of a field left empty in German.
  localization: {
    locales: [
      { code: 'fr', label: 'Français' },
      { code: 'de', label: 'Deutsch' },
    ],
    defaultLocale: 'fr',
    fallback: true,
  },
  db: postgresAdapter({
    // A database that does not answer fails a request within 10 s instead of holding it forever.
    pool: { connectionString: databaseUrl(), max: databasePoolMax(), connectionTimeoutMillis: 10_000 },
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
  }),
  email: emailAdapter(),
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  onInit: async (payload) => {
    logPoolErrors(payload)
    // Migrations run at every start (idempotent), so `npm run dev`, `npm start` and tests need no extra step.
    // The generated list is typed with the adapter's argument types, Payload's `Migration` with `unknown`.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    const logins = await seed(payload)
    if (logins.length) payload.logger.info(`Demo accounts ready (${logins.length}); see README.md`)
    await ensureSearchIndex(payload)
  },
})
