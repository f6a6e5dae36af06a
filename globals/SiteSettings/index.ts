import type { GlobalConfig } from 'payload'

import { adminOnly, authenticated } from '@/access/rules'
import { label, localizedOptions } from '@/i18n/labels'
import { configuredDefaultLocale, locales } from '@/i18n/locales'

/** What makes this Relais the ARVr's: another region changes these and runs its own. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Paramètres du site',
  admin: { group: 'Système' },
  access: { read: authenticated, update: adminOnly },
  fields: [
    {
      name: 'organisationName',
      label: "Nom de l'organisation",
      type: 'text',
      required: true,
      defaultValue: 'Antenne Région Valais romand',
      maxLength: 120,
    },
    { name: 'shortName', label: 'Sigle', type: 'text', defaultValue: 'ARVr', maxLength: 20 },
    { name: 'contactEmail', label: 'E-mail de contact', type: 'email' },
    // Shown in the footer of every intranet page (src/components/SiteFooter.tsx).
    { name: 'contactPhone', label: 'Téléphone de contact', type: 'text', maxLength: 40 },
    { name: 'postalAddress', label: 'Adresse postale', type: 'textarea', maxLength: 300 },
    {
      name: 'helpText',
      label: 'Aide (pied de page)',
      type: 'textarea',
      maxLength: 500,
      admin: { description: 'Quelques mots sur qui aider et comment, affichés en bas de chaque page.' },
    },
    { name: 'logo', label: 'Logo', type: 'upload', relationTo: 'media' },
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
