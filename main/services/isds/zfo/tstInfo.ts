/**
 * TSTInfo (RFC 3161 §2.4.2), the content of a timestamp token, read against pkijs'
 * schema: what was stamped (messageImprint), when (genTime), by whom (tsa) and under
 * which number (serialNumber).
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { dateOf, MalformedError, octets, readBer, withPkijs } from './ber';
import { serialHex } from './certificateInfo';
import { readName, type NameAttribute } from './x509';

export interface TstInfo {
  imprintAlgorithm: string;
  imprint: Uint8Array;
  genTime: Date;
  tsaName: NameAttribute[] | null;
  /** The token's serialNumber (RFC 3161 §2.4.2), upper-case hex as certificate serials are shown. */
  serialNumber: string;
}

/** Where compareSchema leaves the TSTInfo fields on the parsed element. */
const FIELD = {
  messageImprint: 'zfo.messageImprint',
  serialNumber: 'zfo.serialNumber',
  genTime: 'zfo.genTime',
  tsa: 'zfo.tsa',
} as const;

let tstInfoSchema: asn1js.Sequence | null = null;

/**
 * pkijs' TSTInfo schema, built once: `new pkijs.TSTInfo({ schema })` builds it for every
 * token, and GeneralName's (X.400 addresses and all) once more for the TSA's name — as
 * much work as the rest of the token. Matching does not change a schema.
 */
function schemaOfTstInfo(): asn1js.Sequence {
  if (tstInfoSchema) return tstInfoSchema;
  const schema: unknown = pkijs.TSTInfo.schema({
    names: {
      messageImprint: { names: { blockName: FIELD.messageImprint } },
      serialNumber: FIELD.serialNumber,
      genTime: FIELD.genTime,
      tsa: { names: { blockName: FIELD.tsa } },
    },
  });
  if (!(schema instanceof asn1js.Sequence)) throw new Error('pkijs: TSTInfo schema changed');
  tstInfoSchema = schema;
  return schema;
}

/** GeneralName's directoryName choice, `[4] Name`. */
function directoryName(name: unknown): pkijs.RelativeDistinguishedNames | null {
  if (!(name instanceof asn1js.Constructed)) return null;
  const { tagClass, tagNumber } = name.idBlock;
  if (tagClass !== 3 || tagNumber !== 4) return null;
  return new pkijs.RelativeDistinguishedNames({ schema: name.valueBlock.value[0] });
}

/** TSTInfo (RFC 3161 §2.4.2): messageImprint, genTime and the TSA's name, if it gives one. */
export function readTstInfo(bytes: Uint8Array): TstInfo {
  const node = readBer(bytes, 'TSTInfo');
  return withPkijs('TSTInfo', () => {
    const match = asn1js.compareSchema(node, node, schemaOfTstInfo());
    if (!match.verified) throw new MalformedError('not a TSTInfo');
    const imprint = new pkijs.MessageImprint({
      schema: match.result[FIELD.messageImprint] as asn1js.AsnType,
    });
    const genTime = dateOf(match.result[FIELD.genTime] as asn1js.AsnType | undefined);
    if (!genTime) throw new MalformedError('genTime unreadable');
    const tsaName = directoryName(match.result[FIELD.tsa]);
    const serial: unknown = match.result[FIELD.serialNumber];
    if (!(serial instanceof asn1js.Integer)) throw new MalformedError('serialNumber unreadable');
    return {
      imprintAlgorithm: imprint.hashAlgorithm.algorithmId,
      // A copy: the caller may keep the reading longer than the token it came from.
      imprint: octets(imprint.hashedMessage, 'hashed message').slice(),
      genTime,
      tsaName: tsaName ? readName(tsaName) : null,
      serialNumber: serialHex(serial.valueBlock.valueHexView),
    };
  });
}
