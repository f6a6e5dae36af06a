import { EndSessionsButton as EndSessionsButton_f0e408d8dfdcd8decbba6d57ca0ddbb2 } from '../../../../src/admin/EndSessionsButton'
import { ZurichDateCell as ZurichDateCell_8401c6c45bb482320b097be185443f35 } from '../../../../src/admin/ZurichDateCell'
import { ZurichDocumentTimes as ZurichDocumentTimes_ab184665d2bb62ffaa57e18d09ccb4f9 } from '../../../../src/admin/ZurichDocumentTimes'
import { LoadingRowsGuard as LoadingRowsGuard_d3484e0907122ecce315e0a214301115 } from '../../../../src/payloadGuard/LoadingRowsGuard'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistKeyField as ChecklistKeyField_74459c84f5679587aa7e307bd7b84a5c } from '../../../../src/admin/ChecklistKeyField'
import { ChecklistRowLabel as ChecklistRowLabel_6ae8cae1ebbc55910d7f97c77ed83a30 } from '../../../../src/admin/ChecklistRowLabel'
import { PublishButton as PublishButton_a0a59c60ed7c3124163bcd1752caf881 } from '../../../../src/admin/PublishButton'
import { ReportTargetLink as ReportTargetLink_93a3977c985d00ddcc4cd19e8dea2778 } from '../../../../src/admin/ReportTargetLink'
import { ReadableJsonField as ReadableJsonField_5dafe419585545d2972d33a1d70541c9 } from '../../../../src/admin/ReadableJsonField'
import { RelaisIcon as RelaisIcon_caceca34d25130c4c02fdc551bd8c773 } from '../../../../src/admin/Brand'
import { RelaisLogo as RelaisLogo_caceca34d25130c4c02fdc551bd8c773 } from '../../../../src/admin/Brand'
import { CoordinatorDashboard as CoordinatorDashboard_0e40dcc78d39e577ce0ac8f99e5b93ee } from '../../../../src/admin/Dashboard'
import { SecondFactorLoginNote as SecondFactorLoginNote_de27cd7c69decfa794666684139305ce } from '../../../../src/admin/SecondFactorLoginNote'
import { BackToIntranet as BackToIntranet_caceca34d25130c4c02fdc551bd8c773 } from '../../../../src/admin/Brand'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/EndSessionsButton#EndSessionsButton": EndSessionsButton_f0e408d8dfdcd8decbba6d57ca0ddbb2,
  "/src/admin/ZurichDateCell#ZurichDateCell": ZurichDateCell_8401c6c45bb482320b097be185443f35,
  "/src/admin/ZurichDocumentTimes#ZurichDocumentTimes": ZurichDocumentTimes_ab184665d2bb62ffaa57e18d09ccb4f9,
  "/src/payloadGuard/LoadingRowsGuard#LoadingRowsGuard": LoadingRowsGuard_d3484e0907122ecce315e0a214301115,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/ChecklistKeyField#ChecklistKeyField": ChecklistKeyField_74459c84f5679587aa7e307bd7b84a5c,
  "/src/admin/ChecklistRowLabel#ChecklistRowLabel": ChecklistRowLabel_6ae8cae1ebbc55910d7f97c77ed83a30,
  "/src/admin/PublishButton#PublishButton": PublishButton_a0a59c60ed7c3124163bcd1752caf881,
  "/src/admin/ReportTargetLink#ReportTargetLink": ReportTargetLink_93a3977c985d00ddcc4cd19e8dea2778,
  "/src/admin/ReadableJsonField#ReadableJsonField": ReadableJsonField_5dafe419585545d2972d33a1d70541c9,
  "/src/admin/Brand#RelaisIcon": RelaisIcon_caceca34d25130c4c02fdc551bd8c773,
  "/src/admin/Brand#RelaisLogo": RelaisLogo_caceca34d25130c4c02fdc551bd8c773,
  "/src/admin/Dashboard#CoordinatorDashboard": CoordinatorDashboard_0e40dcc78d39e577ce0ac8f99e5b93ee,
  "/src/admin/SecondFactorLoginNote#SecondFactorLoginNote": SecondFactorLoginNote_de27cd7c69decfa794666684139305ce,
  "/src/admin/Brand#BackToIntranet": BackToIntranet_caceca34d25130c4c02fdc551bd8c773,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
