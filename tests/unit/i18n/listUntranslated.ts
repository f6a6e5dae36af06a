// Prints the files that still hold French interface text (for tests/unit/i18n/untranslatedFiles.ts).
import { allowedFrench } from './allowedFrench'
import { frenchTextIn, scannedFiles } from './frenchText'

const files = scannedFiles().filter((file) => !allowedFrench[file] && frenchTextIn(file).length)
console.log(files.map((file) => `  '${file}',`).join('\n'))
