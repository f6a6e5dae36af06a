'use client'

import type { DefaultCellComponentProps } from 'payload'

import { numericDateTime } from '@/format/dates'

/**
 * The « Création » and « Dernière modification » columns of the admin's lists, in Zurich time: Payload formats them
 * in the browser's zone, which is not the commune's for someone travelling or on a misconfigured computer.
 */
export function ZurichDateCell({ cellData }: DefaultCellComponentProps) {
  return <span>{typeof cellData === 'string' && cellData ? numericDateTime(cellData) : null}</span>
}
