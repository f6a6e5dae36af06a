import { getPayload } from 'payload'
import type React from 'react'

import { loadOrganisationName } from '@/settings/view'
import config from '@payload-config'

import { LanguageSwitcher } from './account/LanguageSwitcher'

/** The frame of the public pages (login, password reset): organisation name, the language choice and a card. */
export async function AuthPage({ title, children }: { title: string; children: React.ReactNode }) {
  const payload = await getPayload({ config })
  // Public page: only the organisation's name is read, on the server.
  const organisationName = await loadOrganisationName(payload)
  return (
    <main className="auth-page">
      <div className="auth-card">
        <p className="brand">
          {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG of public/: nothing for next/image to do */}
          <img className="brand__logo" src="/logo.svg" alt="" width={40} height={40} />
          <span className="brand__name">{'Relais'}</span>
          <span className="brand__org">{organisationName}</span>
        </p>
        <LanguageSwitcher payload={payload} />
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  )
}
