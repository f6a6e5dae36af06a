import { Table } from '@/components/ui'
import type { ReportDocument } from '@/report/document'

/** The Comité's report on the page: each section, heading, paragraph and table of `reportDocument`, as it stands. */
export function ReportView({ report }: { report: ReportDocument }) {
  return (
    <div className="report">
      <p className="muted">{report.generated}</p>
      {report.sections.map((section) => (
        <section key={section.id} aria-labelledby={`rapport-${section.id}`}>
          <h2 id={`rapport-${section.id}`}>{section.title}</h2>
          {section.blocks.map((block, i) => {
            if (block.kind === 'heading') return <h3 key={i}>{block.text}</h3>
            if (block.kind === 'paragraph') return <p key={i}>{block.text}</p>
            return (
              <Table
                key={i}
                caption={block.caption}
                layout="cards"
                rows={block.rows.map((cells, index) => ({ cells, index }))}
                rowKey={(row) => row.index}
                columns={block.columns.map((header, column) => ({
                  header,
                  numeric: block.numeric?.includes(column),
                  cell: (row: { cells: string[] }) => row.cells[column],
                }))}
              />
            )
          })}
        </section>
      ))}
    </div>
  )
}
