#!/usr/bin/env node
// Launcher for the compiled start command; `pnpm build` produces ../dist/cli.js.
import '../dist/cli.js';
