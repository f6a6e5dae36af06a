/**
 * The rows of docs/access.md about accounts, checked cell by cell over real HTTP against the production build:
 * users, sessions, communes, account requests and their log, the audit trail, the rate limits' counts, the
 * permission map. The machinery is in tests/helpers/matrix.ts, the operations by domain in tests/int/access/.
 */
import { checkMatrixPart } from '@tests/helpers/matrix'

import { accounts } from './access/accounts'
import { sessions } from './access/sessions'
import { users } from './access/users'

checkMatrixPart('accounts', [users, sessions, accounts])
