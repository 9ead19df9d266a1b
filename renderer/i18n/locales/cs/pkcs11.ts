/** Failures of signing with a smart card or USB token (`errors.pkcs11.<kind>`). */
export const pkcs11Errors = {
  pkcs11: {
    wrongPin: 'PIN není správný. Po několika chybných pokusech se karta zablokuje.',
    pinLocked:
      'PIN karty je zablokovaný po příliš mnoha chybných pokusech. Odblokujte ho kódem PUK v programu ke kartě nebo u vydavatele certifikátu.',
    pinRequired: 'Zadejte PIN ke kartě.',
    tokenRemoved:
      'Karta nebo token byly vyjmuty během podepisování. Dokument nebyl podepsán — vložte kartu a zkuste to znovu.',
    bindingMissing:
      'Podpora čipových karet se nenačetla (chybí knihovna pkcs11js). Přeinstalujte aplikaci.',
    moduleMissing:
      'Ovladač karty (knihovnu PKCS#11) {{path}} nelze načíst. Zkontrolujte cestu v nastavení podepisování nebo nainstalujte ovladač karty.',
    certificateNotFound:
      'Vybraný certifikát na vložené kartě není. Vložte správnou kartu a certifikát vyberte znovu.',
    busy: 'Touto kartou se právě podepisuje jiný dokument. Počkejte, až podepisování skončí.',
    unsupportedKey:
      'Klíč na kartě neumí podepisovat podporovaným algoritmem (RSA PKCS#1 v1.5 nebo ECDSA).',
    cancelled: 'Zadávání PINu na čtečce bylo zrušeno. Dokument nebyl podepsán.',
    failed: 'Karta nebo token ohlásily chybu {{code}}. Dokument nebyl podepsán.',
  },
};
