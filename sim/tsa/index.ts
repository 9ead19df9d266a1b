/**
 * The simulator's RFC 3161 timestamp authority (`POST /tsa`, `POST /tsa-admin/mode`) and
 * the demo mayor's signing certificate, both from the simulator's CA (sim/isds/seal).
 */
export { createTsaService, type TsaService } from './service';
export {
  createTimestampAuthority,
  TSA_MODES,
  TIMESTAMP_QUERY,
  TIMESTAMP_REPLY,
  type SimTimestampAuthority,
  type TsaMode,
  type TsaReply,
} from './authority';
export { issueDemoSigningCertificate, type DemoSigningCertificate } from './demoSigner';
