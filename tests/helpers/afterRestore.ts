/**
 * Run as a child process by backup-restore.int.spec.ts against a restored database: Payload starts on it,
 * a demo user logs in with their password (hashes came back intact), a guide reads, and new records get fresh ids.
 */
import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { withPayload } from '@scripts/with-payload'
import { DEMO_PASSWORD } from '@seed/demo-users'

import { PASSWORD } from './people'

await withPayload(async (payload) => {
  const login = await payload.login({ collection: 'users', data: { email: 'admin@relais.test', password: DEMO_PASSWORD } })
  const guide = (await payload.find({ collection: 'guides', where: { slug: { equals: 'sauvegardes' } }, limit: 1 })).docs[0]
  const faq = await payload.create({
    collection: 'faqs',
    data: { question: 'Après une restauration ?', answer: richTextFromBlocks([{ p: 'Tout est là.' }]), theme: 'relais' } as never,
  })
  const user = await payload.create({
    collection: 'users',
    data: { email: 'apres.restauration@test.local', name: 'Après Restauration', roles: ['member'], password: PASSWORD },
  })
  console.log(JSON.stringify({ loggedIn: login.user?.email, guide: guide?.title, faqId: faq.id, userId: user.id }))
  return 0
})
