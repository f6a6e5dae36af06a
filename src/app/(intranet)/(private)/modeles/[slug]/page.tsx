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
        {file?.url && (
          <a href={file.url} download className="button">
            Télécharger le fichier
          </a>
        )}{' '}
        Pour l’utiliser, copiez le texte ci-dessous dans votre traitement de texte ou imprimez cette page.
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
