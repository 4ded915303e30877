#!/usr/bin/env node
// Launcher committed to the repository so pnpm can link the command before the first build.
import '../dist/bin.js';
