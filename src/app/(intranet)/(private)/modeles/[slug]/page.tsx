import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'

import { asUser } from '@/auth/asUser'
import { requireSession } from '@/auth/currentUser'
import type { Media } from '@/payload-types'

type Props = { params: Promise<{ slug: string }> }

export default async function TemplatePage({ params }: Props) {
  const { payload, user } = await requireSession()
  const { slug } = await params
  const { docs } = await payload.find({ collection: 'templates', where: { slug: { equals: slug } }, ...asUser(user), limit: 1, depth: 1 })
  const template = docs[0]
  if (!template) notFound()
  const file = typeof template.file === 'object' ? (template.file as Media | null) : null

  return (
    <article>
      <p className="breadcrumb">
        <a href="/modeles">Modèles</a>
      </p>
      <h1>{template.title}</h1>
      <p className="lead">{template.description}</p>
      <p className="no-print">
        <a href={`/modeles/${template.slug}/telecharger`} download className="button">
          Télécharger le modèle
        </a>{' '}
        {file?.url && (
          <a href={file.url} download>
            Fichier joint
          </a>
        )}{' '}
        Le fichier s’ouvre dans Word ou LibreOffice, où vous pouvez l’adapter et l’enregistrer.
      </p>
      {template.body && (
        <section className="prose template-body">
          <RichText data={template.body} />
        </section>
      )}
      {template.source && <p className="meta">Source : {template.source}</p>}
    </article>
  )
}
