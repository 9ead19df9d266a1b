import type { XmlNode } from '../../nsesss/xml';
import type { Envelope, EnvelopeSub } from '../model';
import type { Fields, Writer } from './fields';

/** gMessageEnvelopeSub and gMessageEnvelope (dmBaseTypes.xsd), the groups every message structure shares. */

export const ENVELOPE_SUB_SEQUENCE = [
  'dmSenderOrgUnit',
  'dmSenderOrgUnitNum',
  'dbIDRecipient',
  'dmRecipientOrgUnit',
  'dmRecipientOrgUnitNum',
  'dmToHands',
  'dmAnnotation',
  'dmRecipientRefNumber',
  'dmSenderRefNumber',
  'dmRecipientIdent',
  'dmSenderIdent',
  'dmLegalTitleLaw',
  'dmLegalTitleYear',
  'dmLegalTitleSect',
  'dmLegalTitlePar',
  'dmLegalTitlePoint',
  'dmPersonalDelivery',
  'dmAllowSubstDelivery',
] as const;

export const ENVELOPE_SEQUENCE = [
  'dmID',
  'dbIDSender',
  'dmSender',
  'dmSenderAddress',
  'dmSenderType',
  'dmRecipient',
  'dmRecipientAddress',
  'dmAmbiguousRecipient',
  ...ENVELOPE_SUB_SEQUENCE,
] as const;

/** Schema limits (maxLength) of the envelope's strings. */
export const envelopeLimits = {
  dmID: 20,
  dmAnnotation: 255,
  reference: 50,
  party: 100,
} as const;

export function readEnvelopeSub(f: Fields): EnvelopeSub {
  return {
    dmSenderOrgUnit: f.text('dmSenderOrgUnit'),
    dmSenderOrgUnitNum: f.int('dmSenderOrgUnitNum'),
    dbIDRecipient: f.boxId('dbIDRecipient'),
    dmRecipientOrgUnit: f.text('dmRecipientOrgUnit'),
    dmRecipientOrgUnitNum: f.int('dmRecipientOrgUnitNum'),
    dmToHands: f.text('dmToHands'),
    dmAnnotation: f.text('dmAnnotation', envelopeLimits.dmAnnotation),
    dmRecipientRefNumber: f.text('dmRecipientRefNumber', envelopeLimits.reference),
    dmSenderRefNumber: f.text('dmSenderRefNumber', envelopeLimits.reference),
    dmRecipientIdent: f.text('dmRecipientIdent', envelopeLimits.reference),
    dmSenderIdent: f.text('dmSenderIdent', envelopeLimits.reference),
    dmLegalTitleLaw: f.int('dmLegalTitleLaw'),
    dmLegalTitleYear: f.int('dmLegalTitleYear'),
    dmLegalTitleSect: f.text('dmLegalTitleSect'),
    dmLegalTitlePar: f.text('dmLegalTitlePar'),
    dmLegalTitlePoint: f.text('dmLegalTitlePoint'),
    dmPersonalDelivery: f.bool('dmPersonalDelivery'),
    dmAllowSubstDelivery: f.bool('dmAllowSubstDelivery'),
  };
}

export function readEnvelope(f: Fields): Envelope {
  return {
    dmID: f.reqText('dmID', envelopeLimits.dmID).trim(),
    dbIDSender: f.boxId('dbIDSender'),
    dmSender: f.text('dmSender', envelopeLimits.party),
    dmSenderAddress: f.text('dmSenderAddress', envelopeLimits.party),
    dmSenderType: f.reqInt('dmSenderType'),
    dmRecipient: f.text('dmRecipient', envelopeLimits.party),
    dmRecipientAddress: f.text('dmRecipientAddress', envelopeLimits.party),
    dmAmbiguousRecipient: f.optBool('dmAmbiguousRecipient'),
    ...readEnvelopeSub(f),
  };
}

/** Free text is cut to the schema's limit; identifiers are never cut (a RangeError instead). */
export function writeEnvelopeSub(w: Writer, envelope: EnvelopeSub): XmlNode[] {
  return [
    w.text('dmSenderOrgUnit', envelope.dmSenderOrgUnit),
    w.int('dmSenderOrgUnitNum', envelope.dmSenderOrgUnitNum),
    w.boxId('dbIDRecipient', envelope.dbIDRecipient),
    w.text('dmRecipientOrgUnit', envelope.dmRecipientOrgUnit),
    w.int('dmRecipientOrgUnitNum', envelope.dmRecipientOrgUnitNum),
    w.text('dmToHands', envelope.dmToHands),
    w.text('dmAnnotation', envelope.dmAnnotation, envelopeLimits.dmAnnotation),
    w.text('dmRecipientRefNumber', envelope.dmRecipientRefNumber, envelopeLimits.reference),
    w.text('dmSenderRefNumber', envelope.dmSenderRefNumber, envelopeLimits.reference),
    w.text('dmRecipientIdent', envelope.dmRecipientIdent, envelopeLimits.reference),
    w.text('dmSenderIdent', envelope.dmSenderIdent, envelopeLimits.reference),
    w.int('dmLegalTitleLaw', envelope.dmLegalTitleLaw),
    w.int('dmLegalTitleYear', envelope.dmLegalTitleYear),
    w.text('dmLegalTitleSect', envelope.dmLegalTitleSect),
    w.text('dmLegalTitlePar', envelope.dmLegalTitlePar),
    w.text('dmLegalTitlePoint', envelope.dmLegalTitlePoint),
    w.bool('dmPersonalDelivery', envelope.dmPersonalDelivery),
    w.bool('dmAllowSubstDelivery', envelope.dmAllowSubstDelivery),
  ];
}

export function writeEnvelope(w: Writer, envelope: Envelope): Array<XmlNode | null> {
  if (envelope.dmID.length === 0 || envelope.dmID.length > envelopeLimits.dmID)
    throw new RangeError(`dmID: 1–${envelopeLimits.dmID} characters: ${envelope.dmID}`);
  return [
    w.el('dmID', envelope.dmID),
    w.boxId('dbIDSender', envelope.dbIDSender),
    w.text('dmSender', envelope.dmSender, envelopeLimits.party),
    w.text('dmSenderAddress', envelope.dmSenderAddress, envelopeLimits.party),
    w.int('dmSenderType', envelope.dmSenderType),
    w.text('dmRecipient', envelope.dmRecipient, envelopeLimits.party),
    w.text('dmRecipientAddress', envelope.dmRecipientAddress, envelopeLimits.party),
    w.optBool('dmAmbiguousRecipient', envelope.dmAmbiguousRecipient),
    ...writeEnvelopeSub(w, envelope),
  ];
}
