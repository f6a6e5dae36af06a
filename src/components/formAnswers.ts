/**
 * The page's forms take turns at speaking: when one gets an answer it announces it with this window event (its
 * detail: the form's id), and every other message of the page (other forms, the notice of the last reload) goes.
 */
export const FORM_ANSWERED = 'relais:form-answered'

export const announceAnswer = (id: string) => window.dispatchEvent(new CustomEvent(FORM_ANSWERED, { detail: id }))

/** Calls `onOther` whenever a form other than `id` answers; returns the unsubscribe function. */
export function onOtherAnswer(id: string, onOther: () => void): () => void {
  const listener = (event: Event) => {
    if ((event as CustomEvent<string>).detail !== id) onOther()
  }
  window.addEventListener(FORM_ANSWERED, listener)
  return () => window.removeEventListener(FORM_ANSWERED, listener)
}
