import { describe, expect, it } from 'vitest'

import { inactivityMonths } from '@/accounts/inactivity'
import { confirmRequestEmail, approvedEmail } from '@/email/templates/accounts'
import { plainText, richTextFromBlocks } from '@/richtext/fromBlocks'
import { faqs } from '@seed/content/faqs'
import { faqUpdate } from '@seed/knowledgeBase'

const answerOf = (question: string) => {
  const faq = faqs.find((f) => f.question === question)!
  return { faq, text: plainText(richTextFromBlocks(faq.answer)) }
}

describe('FAQ no. 2, how to get an account', () => {
  const { faq, text } = answerOf('Comment obtenir un compte, et qui le valide ?')

  it('states the flow Relais runs: e-mail confirmation (48 h), then the secretary decides, then a password link (24 h)', () => {
    expect(faq.order).toBe(2)
    const steps = ['Confirmer votre adresse e-mail', 'La commune décide', 'Choisir votre mot de passe'].map((step) => text.indexOf(step))
    expect(steps.every((i) => i >= 0)).toBe(true)
    expect([...steps].sort((a, b) => a - b)).toEqual(steps)
    // The durations are the ones the e-mails announce (src/email/templates/accounts.ts).
    expect(confirmRequestEmail('X', 'token').html).toContain('valable 48 heures')
    expect(text).toContain('valable 48 heures')
    expect(approvedEmail('X', 'token').html).toContain('valable 24 heures')
    expect(text).toContain('valable 24 heures')
    expect(text).toMatch(/Tant que vous n’avez pas cliqué sur ce lien, la demande n’est transmise à personne/)
  })
})

describe('FAQ no. 3, sharing an account', () => {
  const { text } = answerOf('Puis-je partager mon compte avec un·e collègue ?')

  it('says what Relais does with unused accounts: disabled after the inactivity period, warned 30 and 7 days before, never deleted', () => {
    expect(text).not.toMatch(/supprimer les comptes/i)
    expect(text).toContain(`${inactivityMonths()} mois`)
    expect(text).toMatch(/30 jours puis 7 jours avant/)
    expect(text).toContain('jamais supprimé')
  })
})

describe('a question stored by an earlier seed', () => {
  const { faq } = answerOf('Comment obtenir un compte, et qui le valide ?')
  // The answer the earlier seed gave, without the e-mail confirmation.
  const former = richTextFromBlocks([
    {
      p: 'Chaque personne remplit une demande de compte. Le ou la **secrétaire municipal·e** de sa commune joue le rôle de **tiers de confiance** : il ou elle vérifie l’identité de la personne, valide la demande et son rattachement à la commune. Ce modèle est repris du Portail des communes du canton de Vaud, où le secrétaire municipal est responsable de l’identification des utilisateurs et peut déléguer ces tâches.',
    },
    {
      p: 'Une fois la demande validée, vous recevez un e-mail avec un lien pour définir votre mot de passe. Les coordinateurs et coordinatrices de l’ARVr peuvent aussi valider les demandes.',
    },
  ])

  it('gets its sources when it has none, and the corrected answer when it still holds the former one', () => {
    const data = faqUpdate({ answer: former, sources: [] }, faq)
    expect(data?.sources).toEqual(faq.sources)
    expect(plainText(data?.answer)).toBe(plainText(richTextFromBlocks(faq.answer)))
  })

  it('keeps an answer and sources someone edited, and changes nothing once up to date', () => {
    const edited = richTextFromBlocks([{ p: 'Réponse revue par la coordination.' }])
    const sources = [{ id: 'a', title: 'Autre source', publisher: 'ARVr' }]
    expect(faqUpdate({ answer: edited, sources }, faq)).toBeNull()
    for (const f of faqs) expect(faqUpdate({ answer: richTextFromBlocks(f.answer), sources: f.sources }, f), f.question).toBeNull()
  })
})
