/**
 * The demo municipality's data. Pure TypeScript — no Node, no DOM — so that the
 * simulator, the app's tests and the browser benchmark page all import the same
 * generator.
 */
export {
  generateDemoSeed,
  DEFAULT_DEMO_DOCUMENTS,
  DEFAULT_DEMO_SEED,
  type DemoSeedOptions,
} from './generate';
export { DEMO_ORGANIZATION, DEMO_HANDLERS, DEMO_CURRENT_USER } from './organization';
