import type { GlobalConfig } from 'payload'

import { adminOnly, authenticated } from '@/access/rules'
import { label, localizedOptions } from '@/i18n/labels'
import { configuredDefaultLocale, locales } from '@/i18n/locales'

/** What makes this Relais the ARVr's: another region changes these and runs its own. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('admin.siteSettings.labelCollection'),
  admin: { group: label('admin.groups.systeme') },
  access: { read: authenticated, update: adminOnly },
  fields: [
    {
      name: 'organisationName',
      label: label('admin.siteSettings.organisationName'),
      type: 'text',
      required: true,
      defaultValue: 'Antenne Région Valais romand',
      maxLength: 120,
    },
    { name: 'shortName', label: label('admin.siteSettings.shortName'), type: 'text', defaultValue: 'ARVr', maxLength: 20 },
    { name: 'contactEmail', label: label('admin.siteSettings.contactEmail'), type: 'email' },
    // Shown in the footer of every intranet page (src/components/SiteFooter.tsx).
    { name: 'contactPhone', label: label('admin.siteSettings.contactPhone'), type: 'text', maxLength: 40 },
    { name: 'postalAddress', label: label('admin.siteSettings.postalAddress'), type: 'textarea', maxLength: 300 },
    {
      name: 'helpText',
      label: label('admin.siteSettings.helpText'),
      type: 'textarea',
      maxLength: 500,
      admin: { description: label('admin.siteSettings.helpTextDescription') },
    },
    { name: 'logo', label: label('admin.siteSettings.logo'), type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        {
          // Read by every request (src/i18n/languageSettings.ts); a new instance takes RELAIS_DEFAULT_LANGUAGE.
          name: 'defaultLocale',
          label: label('admin.siteSettings.defaultLocale'),
          type: 'select',
          defaultValue: configuredDefaultLocale,
          options: localizedOptions(locales, 'admin.languages'),
          admin: { description: label('admin.siteSettings.defaultLocaleDescription') },
        },
        {
          name: 'offerBothLanguages',
          label: label('admin.siteSettings.offerBothLanguages'),
          type: 'checkbox',
          defaultValue: true,
          admin: { description: label('admin.siteSettings.offerBothLanguagesDescription') },
        },
      ],
    },
  ],
}
