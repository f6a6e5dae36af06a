import { beforeAll, describe, expect, it } from 'vitest'

import { searchDocument } from '@/search/document'
import { countCap, type Grants, type SearchDocument, type SearchEngine, type SearchType } from '@/search/types'

const entry = (id: number, type: SearchType, title: string, text: string, visibility = 'members'): SearchDocument =>
  searchDocument({ collection: 'fixtures', docId: String(id), type, title, text, url: `/fixtures/${id}`, visibility })

/** A small French corpus: what each behaviour below looks for, and private entries that must not leak. */
export const fixtureCorpus = [
  entry(
    1,
    'guide',
    'Sauvegardes : la règle 3-2-1',
    'Gardez trois copies de vos données, sur deux supports, dont une hors ligne. Testez la restauration chaque trimestre.',
  ),
  entry(
    2,
    'guide',
    'Mots de passe et gestionnaire',
    'Un mot de passe long et unique par service, rangé dans un gestionnaire. Activez la double authentification.',
  ),
  entry(3, 'guide', 'Sécurité des postes de travail', 'Mises à jour automatiques, antivirus actif, comptes sans droits d’administration.'),
  entry(
    4,
    'faq',
    'Que faire en cas d’incident cyber ?',
    'Déconnectez le poste du réseau, prévenez le prestataire et vérifiez la dernière sauvegarde.',
  ),
  entry(5, 'guide', 'Inventaire du matériel', 'La liste des ordinateurs, imprimantes et serveurs de la commune.'),
  entry(
    6,
    'guide',
    'Plan de continuité',
    'Un inventaire des applications critiques ; cet inventaire, tenu à jour, complète l’inventaire des serveurs.',
  ),
  entry(7, 'modele', 'Registre des décisions (commune B)', 'Choix du prestataire Calypso pour la téléphonie.', 'commune:2'),
  entry(8, 'seance', 'Ordre du jour confidentiel', 'Renégociation du contrat Calypso.', 'committee:cotec'),
  entry(9, 'actualite', 'Note interne de coordination', 'Budget Calypso pour l’année prochaine.', 'coordinators'),
]

const members: Grants = ['members', 'commune:1']

async function* batches(documents: SearchDocument[]) {
  yield documents.slice(0, 4)
  yield documents.slice(4)
}

/**
 * The behaviour every engine must have, run against a real engine (PostgreSQL here; Meilisearch when a
 * server is reachable). `engine` is read lazily: the caller creates it in its own beforeAll.
 */
export function searchBehaviour(engine: () => SearchEngine) {
  const titles = async (q: string, grants: Grants = members, type?: SearchType) =>
    (await engine().search({ q, grants, type })).hits.map((hit) => hit.title)

  beforeAll(async () => {
    await engine().replaceAll(batches(fixtureCorpus))
  })

  describe('French-aware matching', () => {
    it('stems: "sauvegarde" finds "Sauvegardes"', async () => {
      expect((await titles('sauvegarde'))[0]).toBe('Sauvegardes : la règle 3-2-1')
    })
    it('folds accents both ways: "securite" and "SÉCURITÉ" find "Sécurité"', async () => {
      expect(await titles('securite')).toContain('Sécurité des postes de travail')
      expect(await titles('SÉCURITÉ')).toContain('Sécurité des postes de travail')
    })
    it('tolerates typos: "mot de pase" and "sauvgarde"', async () => {
      expect((await titles('mot de pase'))[0]).toBe('Mots de passe et gestionnaire')
      expect((await titles('sauvgarde'))[0]).toBe('Sauvegardes : la règle 3-2-1')
    })
    it('knows abbreviations: "mdp" finds the password guide', async () => {
      expect(await titles('mdp')).toContain('Mots de passe et gestionnaire')
    })
    it('answers a question: "comment faire une sauvegarde ?"', async () => {
      expect((await titles('comment faire une sauvegarde ?'))[0]).toBe('Sauvegardes : la règle 3-2-1')
    })
    it('finds nothing for a word no document has', async () => {
      expect(await titles('hippopotame')).toEqual([])
    })
  })

  describe('ranking, excerpts and facets', () => {
    it('ranks a title match above a body match, however often the body repeats the word', async () => {
      expect(await titles('inventaire')).toEqual(['Inventaire du matériel', 'Plan de continuité'])
    })
    it('highlights the matched words in the excerpt', async () => {
      const { hits } = await engine().search({ q: 'restauration', grants: members })
      const marked = hits[0]!.excerpt.filter((piece) => piece.match).map((piece) => piece.text.toLowerCase())
      expect(marked).toContain('restauration')
      expect(hits[0]!.excerpt.map((piece) => piece.text).join('')).toContain('Testez la')
    })
    it('counts matches by type and filters by type', async () => {
      const all = await engine().search({ q: 'sauvegarde', grants: members })
      expect(all.byType).toEqual({ guide: 1, faq: 1 })
      expect(all.total).toBe(2)
      const faqs = await engine().search({ q: 'sauvegarde', grants: members, type: 'faq' })
      expect(faqs.hits.map((hit) => hit.title)).toEqual(['Que faire en cas d’incident cyber ?'])
      expect(faqs.total).toBe(1)
      expect(faqs.byType).toEqual({ guide: 1, faq: 1 })
    })
    it('pages through results', async () => {
      const first = await engine().search({ q: 'inventaire', grants: members, limit: 1 })
      const second = await engine().search({ q: 'inventaire', grants: members, limit: 1, offset: 1 })
      expect([first.hits[0]!.title, second.hits[0]!.title]).toEqual(['Inventaire du matériel', 'Plan de continuité'])
      expect(second.total).toBe(2)
    })
  })

  describe('many matches', () => {
    it('counts up to 1,000 and then says « plus de »: the page still comes, the count is capped', async () => {
      const many = Array.from({ length: countCap + 5 }, (_, i) =>
        entry(1000 + i, i % 2 ? 'guide' : 'faq', `Zeppelin numéro ${i}`, 'Un dirigeable pour les essais de comptage.'),
      )
      await engine().upsert(many)
      try {
        const result = await engine().search({ q: 'zeppelin', grants: members })
        expect(result).toMatchObject({ total: countCap, capped: true })
        expect(result.hits).toHaveLength(20)
        const few = await engine().search({ q: 'inventaire', grants: members })
        expect(few.capped).toBeUndefined()
      } finally {
        await engine().remove(many.map((doc) => doc.key))
      }
      expect((await engine().search({ q: 'zeppelin', grants: members })).total).toBe(0)
    })
  })

  describe('suggestions as you type', () => {
    it('completes the last word', async () => {
      expect((await engine().suggest({ q: 'sauv', grants: members }))[0]?.title).toBe('Sauvegardes : la règle 3-2-1')
      expect((await engine().suggest({ q: 'mots de pa', grants: members }))[0]?.url).toBe('/fixtures/2')
    })
    it('corrects a misspelt word', async () => {
      expect((await engine().suggest({ q: 'sauvgarde', grants: members }))[0]?.title).toBe('Sauvegardes : la règle 3-2-1')
    })
  })

  describe('visibility', () => {
    it('never returns entries the grants do not cover, not even as a count', async () => {
      const result = await engine().search({ q: 'Calypso', grants: members })
      expect(result).toEqual({ hits: [], total: 0, byType: {} })
      expect(await engine().suggest({ q: 'calyp', grants: members })).toEqual([])
    })
    it('returns each private entry to its own audience only', async () => {
      expect(await titles('Calypso', ['members', 'commune:2'])).toEqual(['Registre des décisions (commune B)'])
      expect(await titles('Calypso', ['members', 'committee:cotec'])).toEqual(['Ordre du jour confidentiel'])
      expect(await titles('Calypso', ['members', 'coordinators'])).toEqual(['Note interne de coordination'])
      expect((await titles('Calypso', 'all')).sort()).toEqual([
        'Note interne de coordination',
        'Ordre du jour confidentiel',
        'Registre des décisions (commune B)',
      ])
    })
    it('returns nothing to someone without grants', async () => {
      expect((await engine().search({ q: 'sauvegarde', grants: [] })).hits).toEqual([])
    })
  })

  describe('index maintenance', () => {
    it('replaces an entry, then removes it', async () => {
      const renamed = { ...fixtureCorpus[2]!, title: 'Postes de travail protégés', hash: 'changed' }
      await engine().upsert([renamed])
      expect(await titles('protégés')).toEqual(['Postes de travail protégés'])
      await engine().remove([renamed.key])
      expect(await titles('protégés')).toEqual([])
      expect(await titles('antivirus')).toEqual([])
    })
    it('lists every entry with its fingerprint', async () => {
      const fingerprints = await engine().fingerprints()
      expect(fingerprints.get(fixtureCorpus[0]!.key)).toBe(fixtureCorpus[0]!.hash)
      expect(fingerprints.has(fixtureCorpus[2]!.key)).toBe(false)
      expect(fingerprints.size).toBe(fixtureCorpus.length - 1)
    })
    it('rebuilds the whole index in one swap', async () => {
      await engine().replaceAll(batches(fixtureCorpus))
      expect([...(await engine().fingerprints()).keys()].sort()).toEqual(fixtureCorpus.map((d) => d.key).sort())
      expect(await engine().isEmpty()).toBe(false)
    })
  })

  describe('languages (issue 26)', () => {
    // A guide written in French and German (one entry per language, the French one marked translated), and one in
    // French only.
    const base = { collection: 'fixtures', type: 'guide' as const, url: '/fixtures/20', visibility: 'members' }
    const bilingual = [
      searchDocument({
        ...base,
        docId: '20',
        title: 'Phrases de passe robustes',
        text: 'Une phrase de passe longue protège le compte.',
        translated: true,
      }),
      searchDocument({
        ...base,
        docId: '20',
        locale: 'de',
        title: 'Sichere Passwörter',
        text: 'Lange Passphrasen schützen die Konten der Gemeinde.',
      }),
      searchDocument({ ...base, docId: '21', url: '/fixtures/21', title: 'Archivage des courriels', text: 'Conserver les courriels.' }),
    ]
    const found = async (q: string, locale: 'fr' | 'de') =>
      (await engine().search({ q, grants: members, locale })).hits.map((hit) => [hit.key, hit.locale])

    it('finds German content by a German word, with German stemming, for German readers', async () => {
      await engine().upsert(bilingual)
      // Its German entry; and, through the German vocabulary (« Passwort » → « mot de passe »), the French-only guide.
      expect(await found('Passwort', 'de')).toEqual(
        expect.arrayContaining([
          ['fixtures:20:de', 'de'],
          ['fixtures:2', 'fr'],
        ]),
      )
      expect((await found('Passwort', 'de')).map(([key]) => key)).not.toContain('fixtures:20')
      expect(await found('Konto', 'de')).toEqual([['fixtures:20:de', 'de']])
    })
    it('shows each reader one entry per document: theirs, else the French one', async () => {
      expect(await found('Passwort', 'fr')).toEqual([])
      expect(await found('robustes', 'fr')).toEqual([['fixtures:20', 'fr']])
      expect(await found('robustes', 'de')).toEqual([])
      expect(await found('courriels', 'de')).toEqual([['fixtures:21', 'fr']])
      expect((await engine().suggest({ q: 'sicher', grants: members, locale: 'de' }))[0]).toMatchObject({
        url: '/fixtures/20',
        locale: 'de',
      })
      await engine().remove(bilingual.map((entry) => entry.key))
    })
  })
}
