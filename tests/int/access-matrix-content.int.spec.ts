/**
 * The rows of docs/access.md about what people read and work on, checked cell by cell over real HTTP against the
 * production build: the knowledge base, media, settings, measures and their priorities, committees' meetings, agenda
 * items, minutes and action items, events, registrations and calendar feeds, the map's actors and initiatives,
 * contracts and the commune register, providers and the region's view of them, and search over all of them; then GraphQL against the same rules. The
 * machinery is in tests/helpers/matrix.ts, the operations by domain in tests/int/access/.
 */
import { describe, expect, it } from 'vitest'

import type { Client } from '@tests/helpers/http'
import { checkMatrixPart, clients, payload, people } from '@tests/helpers/matrix'

import { alerts } from './access/alerts'
import { cartography } from './access/cartography'
import { content } from './access/content'
import { contentReports } from './access/contentReports'
import { events } from './access/events'
import { follow } from './access/follow'
import { inventory } from './access/inventory'
import { measureNumbered, measures, pendingProposal } from './access/measures'
import { meetings } from './access/meetings'
import { providers } from './access/providers'
import { regional } from './access/regional'
import { watch } from './access/watch'

checkMatrixPart(
  'content',
  [content, measures, meetings, events, cartography, providers, inventory, alerts, contentReports, watch, follow, regional],
  () => {
    describe('GraphQL obeys the same rules', () => {
      const listUsers = (as: Client) => as.request('POST', '/api/graphql', { query: '{ Users(limit: 100) { docs { email } } }' })

      it('a member lists only their own account', async () => {
        const { status, json } = await listUsers(clients.get('member A')!)
        expect(status).toBe(200)
        expect(json.data.Users.docs.map((d: { email: string }) => d.email)).toEqual([people['member A'].email])
      })

      it('an anonymous query gets no account', async () => {
        const { json } = await listUsers(clients.get('anonymous')!)
        expect(json.data?.Users?.docs ?? []).toEqual([])
        expect(json.errors?.[0]?.message ?? '').not.toBe('')
      })

      it('a COTEC member reads the measures but cannot rewrite a proposal or change a priority', async () => {
        const cotec = clients.get('cotec')!
        const id = await pendingProposal()
        const measure = await measureNumbered(11)
        const read = await cotec.request('POST', '/api/graphql', { query: '{ Measures(limit: 50) { totalDocs } }' })
        expect(read.json.data.Measures.totalDocs).toBeGreaterThanOrEqual(38)
        await cotec.request('POST', '/api/graphql', {
          query: `mutation { updatePriorityChange(id: ${id}, data: { rationale: "Réécrite par GraphQL" }) { id } }`,
        })
        await cotec.request('POST', '/api/graphql', {
          query: `mutation { updateMeasure(id: ${measure.id}, data: { priority: A }) { id } }`,
        })
        expect((await payload.findByID({ collection: 'priority-changes', id })).rationale).toBe('Proposition de la grille des accès.')
        expect((await measureNumbered(11)).priority).toBe(measure.priority)
      })
    })
  },
)
