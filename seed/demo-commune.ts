import type { Payload } from 'payload'

import { noonOf, zurichDay } from '@/fields/day'

import { seedInitiatives } from './cartography'
import { example, exampleText } from './content/demo'
import type { InitiativeSeed } from './content/types'

const sionOfs = 6266

/**
 * Demo only. The sources name no commune taking part in a given initiative, so the map would be blank: these
 * made-up examples, marked as such (seed/content/demo.ts), shade a few communes. Never seeded in production.
 */
export const demoInitiatives: InitiativeSeed[] = [
  {
    slug: 'exemple-phishing-intercommunal',
    title: example('Campagne de test de phishing intercommunale'),
    summary: exampleText('quatre communes du district de Conthey et Sion testent ensemble la vigilance de leur personnel.'),
    description: 'Initiative fictive, créée pour la démonstration de la carte.',
    lead: 'arvr',
    partners: ['sci'],
    allCommunes: false,
    communeOfs: [6266, 6023, 6025, 6021, 6024],
    themes: ['cybersecurite', 'formation'],
    level: 'intercommunal',
    stage: 'en-cours',
    measureNumbers: [29],
    source: 'Donnée de démonstration',
  },
  {
    slug: 'exemple-attestations-en-ligne',
    title: example('Attestations de domicile en ligne'),
    summary: exampleText('trois communes du district de Martigny proposent la commande d’attestations en ligne.'),
    description: 'Initiative fictive, créée pour la démonstration de la carte.',
    lead: 'communes',
    partners: ['prestataires-it'],
    allCommunes: false,
    communeOfs: [6136, 6133, 6141],
    themes: ['guichet-virtuel'],
    level: 'intercommunal',
    stage: 'en-preparation',
    measureNumbers: [18],
    source: 'Donnée de démonstration',
  },
  {
    slug: 'exemple-sauvegardes-partagees',
    title: example('Sauvegardes externalisées partagées'),
    summary: exampleText('Sion et deux communes du Chablais mutualisent une copie de sauvegarde hors site.'),
    description: 'Initiative fictive, créée pour la démonstration de la carte.',
    lead: 'communes',
    partners: [],
    allCommunes: false,
    communeOfs: [6266, 6153, 6152],
    themes: ['cybersecurite', 'infrastructure'],
    level: 'intercommunal',
    stage: 'en-cours',
    measureNumbers: [1],
    source: 'Donnée de démonstration',
  },
]

const inDays = (days: number) => noonOf(zurichDay(new Date(Date.now() + days * 86_400_000)))

/** A made-up provider's record (its name says « Exemple »), found or created: contracts point to records, never to free text. */
async function demoProvider(payload: Payload, name: string): Promise<number> {
  const found = (await payload.find({ collection: 'providers', where: { name: { equals: name } }, limit: 1, depth: 0 })).docs[0]
  return found?.id ?? (await payload.create({ collection: 'providers', data: { name } })).id
}

/** Demo only: Sion's register (référent, a decision, an incident), two contracts and the map's examples, all labelled as examples. */
export async function seedDemoCommune(payload: Payload) {
  await seedInitiatives(payload, demoInitiatives)
  const sion = (await payload.find({ collection: 'communes', where: { ofsNumber: { equals: sionOfs } }, limit: 1 })).docs[0]
  if (!sion || (await payload.count({ collection: 'commune-registers', where: { commune: { equals: sion.id } } })).totalDocs) return
  const commune = sion.id
  await payload.create({
    collection: 'commune-registers',
    data: {
      commune,
      referentName: 'Romain Référent (compte de démonstration)',
      referentFunction: 'secretaire',
      referentEmail: 'referent.sion@relais.test',
      noteAdoptedOn: inDays(-200),
    },
  })
  await payload.create({
    collection: 'digital-decisions',
    data: {
      commune,
      decidedOn: inDays(-90),
      subject: example('Gestionnaire de mots de passe pour l’administration'),
      reason: 'Supprimer les mots de passe notés sur papier (guide « mots de passe »).',
      risks: 'Dépendance à un fournisseur ; accès perdu si le mot de passe principal est oublié.',
      decidedBy: 'executif',
    },
  })
  await payload.create({
    collection: 'digital-incidents',
    data: {
      commune,
      occurredOn: inDays(-30),
      summary: example('Courriel de phishing imitant la banque de la commune, ouvert par un collaborateur.'),
      impact: 'Aucune donnée touchée ; poste isolé une demi-journée.',
      actions: 'Mot de passe changé, prestataire alerté, rappel au personnel.',
      providersContacted: true,
      executiveInformed: false,
      status: 'clos',
    },
  })
  const criteria = (await payload.find({ collection: 'contract-criteria', limit: 0, pagination: false, sort: 'position' })).docs
  const software = await payload.create({
    collection: 'contracts',
    data: {
      commune,
      provider: await demoProvider(payload, 'Informatique Exemple SA'),
      service: example('Logiciel de contrôle des habitants'),
      startDate: inDays(-3000),
      termEndsOn: inDays(150),
      noticeMonths: 3,
      autoRenewal: true,
      answers: criteria.map((criterion, index) => ({
        criterion: criterion.id,
        answer: index % 4 === 3 ? 'non' : index % 5 === 4 ? 'inconnu' : 'oui',
      })),
    },
  })
  const backups = await payload.create({
    collection: 'contracts',
    data: {
      commune,
      provider: await demoProvider(payload, 'Hébergement Exemple Sàrl'),
      service: example('Sauvegardes externalisées'),
      startDate: inDays(-400),
      termEndsOn: inDays(330),
      noticeMonths: 6,
    },
  })
  await seedDemoInventory(payload, commune, { software: software.id, backups: backups.id })
  payload.logger.info('Seed: demo register, contracts and inventory for Sion created')
}

/**
 * Demo only: Sion's inventory of tools (issue 23), made-up products labelled as examples, so that « Qui utilise
 * quoi » shows a commune willing to be contacted (two lines) and one counted only (two lines). Nothing is said of
 * the tools Sion really uses.
 */
async function seedDemoInventory(payload: Payload, commune: number, contracts: { software: number; backups: number }) {
  const process = async (key: string) =>
    (await payload.find({ collection: 'processes', where: { key: { equals: key } }, limit: 1, depth: 0 })).docs[0]?.id
  const software = await demoProvider(payload, 'Informatique Exemple SA')
  const hosting = await demoProvider(payload, 'Hébergement Exemple Sàrl')
  const lines = [
    {
      process: await process('controle-habitants'),
      product: example('Logiciel de contrôle des habitants'),
      provider: software,
      hosting: 'prestataire' as const,
      hostingWhere: 'Centre de données du prestataire',
      inUseSince: 2016,
      contract: contracts.software,
      rating: 4,
      comment: exampleText('mises à jour régulières, assistance joignable le jour même.'),
      willingToBeContacted: true,
    },
    {
      process: await process('sauvegarde'),
      product: example('Sauvegardes externalisées'),
      provider: hosting,
      hosting: 'cloud' as const,
      hostingWhere: 'Suisse',
      inUseSince: 2024,
      contract: contracts.backups,
      rating: 3,
      comment: exampleText('mise en place simple ; la restauration reste à tester avec le prestataire.'),
      willingToBeContacted: true,
    },
    {
      process: await process('messagerie'),
      product: example('Messagerie hébergée'),
      provider: hosting,
      hosting: 'cloud' as const,
      inUseSince: 2021,
      rating: 4,
      comment: exampleText('double authentification activée pour tout le personnel.'),
      willingToBeContacted: false,
    },
    {
      process: await process('postes-de-travail'),
      product: example('Parc de postes de travail'),
      provider: software,
      hosting: 'sur-site' as const,
      hostingWhere: 'Administration communale',
      inUseSince: 2022,
      rating: 3,
      willingToBeContacted: false,
    },
  ]
  for (const line of lines)
    if (line.process) await payload.create({ collection: 'commune-tools', data: { ...line, process: line.process, commune } })
}
