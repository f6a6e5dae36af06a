import * as migration_20261122_181259_initial from './20261122_181259_initial';

export const migrations = [
  {
    up: migration_20261122_181259_initial.up,
    down: migration_20261122_181259_initial.down,
    name: '20261122_181259_initial'
  },
];
