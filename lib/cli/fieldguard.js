#!/usr/bin/env node
// The installed `fieldguard` binary. The CLI is TypeScript and Node cannot run .ts itself, so tsx's loader
// is registered first. No tsconfig is loaded: the CLI needs none of its settings, and the one found from the
// caller's working directory (or this repo's, which extends a generated file) must not change how it runs.
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
await import('./main.ts');
