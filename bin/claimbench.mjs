#!/usr/bin/env node
// The installed command runs the bundled CLI (npm run build makes it).
import '../dist/cli/claimbench.mjs';
