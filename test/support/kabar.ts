// Runs the kabar CLI from source, for tests that need it in a child process (kill -9, two writers).
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv);
