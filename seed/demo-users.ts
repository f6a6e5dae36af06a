import type { Role } from '@/access/roles'

/**
 * One demo account per role, created only in development (never with NODE_ENV=production).
 * The password is public on purpose: it exists so that a newcomer can try every role.
 */
export const DEMO_PASSWORD = 'Relais-demo-2026'

export type DemoUser = {
  email: string
  name: string
  function: string
  roles: Role[]
  communeOfs?: number
  communeValidator?: boolean
  communeReferent?: boolean
}

export const demoUsers: DemoUser[] = [
  { email: 'admin@relais.test', name: 'Alex Administrateur', function: 'Administrateur technique', roles: ['admin'] },
  {
    email: 'coordination@relais.test',
    name: 'Claire Coordination',
    function: 'Cheffe de projet en cyberadministration, ARVr',
    roles: ['coordinator', 'member'],
  },
  { email: 'copil@relais.test', name: 'Pierre Comité', function: 'Membre du Comité ARVr', roles: ['copil', 'member'] },
  { email: 'cotec@relais.test', name: 'Thérèse Technique', function: 'Membre du COTEC', roles: ['cotec', 'member'], communeOfs: 6266 },
  {
    email: 'cotec.martigny@relais.test',
    name: 'Jean Réseau',
    function: 'Responsable informatique, membre du COTEC',
    roles: ['cotec', 'member'],
    communeOfs: 6136,
  },
  {
    email: 'secretaire.sion@relais.test',
    name: 'Sophie Secrétaire',
    function: 'Secrétaire municipale',
    roles: ['member'],
    communeOfs: 6266,
    communeValidator: true,
  },
  {
    email: 'referent.sion@relais.test',
    name: 'Romain Référent',
    function: 'Référent numérique',
    roles: ['member'],
    communeOfs: 6266,
    communeReferent: true,
  },
  { email: 'employe.sion@relais.test', name: 'Marie Employée', function: 'Contrôle des habitants', roles: ['member'], communeOfs: 6266 },
  { email: 'employe.martigny@relais.test', name: 'Marc Employé', function: 'Finances', roles: ['member'], communeOfs: 6136 },
]
