// Registers ts-loader.mjs in each test worker (vitest.config.ts passes it with --import).
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);
