/** The banner of an editor's preview: what they see is the latest draft, not what members see. */
export function PreviewNotice({ editHref }: { editHref: string }) {
  return (
    <p className="message message--warning" role="status" data-testid="preview-notice">
      <strong>Aperçu</strong> : cette page montre la dernière version enregistrée, telle que les membres la verront une fois publiée. D’ici
      là, ils voient la version publiée, s’il y en a une. <a href={editHref}>Retour à l’édition</a>
    </p>
  )
}
