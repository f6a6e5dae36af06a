import type { ProductUsage } from '@/inventory/anonymise'

/**
 * What « Qui utilise quoi » may say of one product (src/inventory/anonymise.ts): how many communes (« moins de
 * 3 » under the threshold), the named ones with their référent to write to, the average rating and comments.
 */
export function ProductUsageDetails({ usage }: { usage: ProductUsage }) {
  return (
    <>
      <p>
        <strong>Utilisé par {usage.communes.label}</strong>
        {usage.providers.length > 0 && <> · Prestataire : {usage.providers.join(', ')}</>}
        {' · '}
        {usage.average === null ? <span className="muted">note moyenne : moins de 3 avis</span> : <>note moyenne : {usage.average} / 5</>}
      </p>
      {usage.named.length > 0 && (
        <>
          <p className="usage__heading">Communes d’accord d’être contactées :</p>
          <ul className="usage__contacts">
            {usage.named.map((contact) => (
              <li key={contact.commune}>
                <strong>{contact.commune}</strong>
                {contact.referentName && <> — {contact.referentName}</>}
                {contact.referentEmail && (
                  <>
                    {' '}
                    <a href={`mailto:${contact.referentEmail}?subject=${encodeURIComponent(`Relais — ${usage.name}`)}`}>
                      Écrire à {contact.referentEmail}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {usage.unnamed !== null && usage.unnamed > 0 && (
        <p className="muted">
          {usage.unnamed === 1 ? 'Une autre commune l’utilise' : `${usage.unnamed} autres communes l’utilisent`} sans souhaiter être nommée.
        </p>
      )}
      {usage.comments.length > 0 && <p className="usage__heading">Commentaires :</p>}
      {usage.comments.length > 0 && (
        <ul className="usage__comments">
          {usage.comments.map((comment, index) => (
            <li key={index}>
              « {comment.text} »{comment.commune ? <span className="muted"> — {comment.commune}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
