import * as migration_20261122_181259_initial from './20261122_181259_initial';
import * as migration_20261122_185151_knowledge_base from './20261122_185151_knowledge_base';

export const migrations = [
  {
    up: migration_20261122_181259_initial.up,
    down: migration_20261122_181259_initial.down,
    name: '20261122_181259_initial',
  },
  {
    up: migration_20261122_185151_knowledge_base.up,
    down: migration_20261122_185151_knowledge_base.down,
    name: '20261122_185151_knowledge_base'
  },
];
