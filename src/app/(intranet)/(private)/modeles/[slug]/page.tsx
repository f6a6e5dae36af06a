import { notFound } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { RichText } from '@/components/RichText'
import type { Media } from '@/payload-types'
import { loadTemplate } from '@/templates/view'

type Props = { params: Promise<{ slug: string }> }

export default async function TemplatePage({ params }: Props) {
  const { payload, user } = await requireSession()
  const { slug } = await params
  const template = await loadTemplate(payload, user, slug)
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
