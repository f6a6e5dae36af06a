import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { idOf } from '@/fields/idOf'
import type { CommuneTool, Contract, Process, Provider, User } from '@/payload-types'

export type InventoryGroup = { process: Pick<Process, 'id' | 'key' | 'name'>; tools: CommuneTool[] }

export type InventoryView = {
  groups: InventoryGroup[]
  processes: Pick<Process, 'id' | 'name'>[]
  providers: Pick<Provider, 'id' | 'name'>[]
  contracts: Pick<Contract, 'id' | 'service'>[]
  count: number
}

/**
 * A commune's inventory of tools, read as the user (their commune's only; staff: the commune chosen), grouped by
 * process in the catalogue's order; with what its forms offer: the processes, the known providers, the commune's
 * own contracts.
 */
export async function loadInventory(payload: Payload, user: User, communeId: number): Promise<InventoryView> {
  const [tools, processes, providers, contracts] = await Promise.all([
    payload.find({ collection: 'commune-tools', ...allAsUser(user), depth: 1, where: { commune: { equals: communeId } }, sort: 'product' }),
    payload.find({ collection: 'processes', ...allAsUser(user), sort: 'position', select: { key: true, name: true } }),
    payload.find({ collection: 'providers', ...allAsUser(user), sort: 'name', select: { name: true } }),
    payload.find({ collection: 'contracts', ...allAsUser(user), where: { commune: { equals: communeId } }, select: { service: true } }),
  ])
  const groups = processes.docs
    .map((process) => ({ process, tools: tools.docs.filter((tool) => idOf(tool.process) === process.id) }))
    .filter((group) => group.tools.length)
  return { groups, processes: processes.docs, providers: providers.docs, contracts: contracts.docs, count: tools.docs.length }
}
