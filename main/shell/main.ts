// The Electron entry (bundled to out/main/main.cjs). Everything lives in the modules
// that lifecycle.ts wires together; this file only starts them.
import { launch } from './lifecycle';

launch();
