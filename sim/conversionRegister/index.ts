/**
 * The simulator's conversion register (evidence o provedených konverzích): numbers
 * conversions over JSON/HTTP, idempotent by request id, with a mode switch for tests.
 */
export {
  createConversionRegisterService,
  MODE_PATH,
  RECORDS_PATH,
  type ConversionRegisterService,
} from './service';
export {
  createConversionRegister,
  DEFAULT_ERROR_MESSAGE,
  formatRegisterNumber,
  REGISTER_MODES,
  type ConversionRegisterOptions,
  type RegisterMode,
  type RegisterRecord,
  type RegisterReply,
  type SimConversionRegister,
} from './register';
