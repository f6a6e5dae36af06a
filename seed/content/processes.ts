/**
 * The regional catalogue of municipal processes, as issue 23 names them (coordinators extend it in the admin).
 * Keys are stable: inventory entries and tests refer to them.
 */
export const processes: { key: string; name: string }[] = [
  { key: 'controle-habitants', name: 'Contrôle des habitants' },
  { key: 'facturation-debiteurs', name: 'Facturation et débiteurs' },
  { key: 'salaires', name: 'Salaires' },
  { key: 'comptabilite', name: 'Comptabilité' },
  { key: 'ged-archivage', name: 'GED et archivage' },
  { key: 'messagerie', name: 'Messagerie' },
  { key: 'site-web', name: 'Site web' },
  { key: 'guichet-virtuel', name: 'Guichet virtuel' },
  { key: 'sauvegarde', name: 'Sauvegarde' },
  { key: 'telephonie', name: 'Téléphonie' },
  { key: 'postes-de-travail', name: 'Postes de travail' },
]
