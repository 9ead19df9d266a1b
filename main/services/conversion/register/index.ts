/** The conversion register (evidence o provedených konverzích) behind the ORP's gateway. */
export {
  createRegisterClient,
  RECORDS_PATH,
  type RegisterClient,
  type RegisterClientOptions,
} from './registerClient';
