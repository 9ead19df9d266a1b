import { CHROMIUM } from '../e2e/chromium';

/**
 * The system tools the test suite uses, each with the Debian package that provides
 * it. A missing tool fails the run here with the package named, instead of a test
 * being skipped or failing obscurely later.
 */
export const requiredTools: ReadonlyArray<{
  command: string;
  args: string[];
  debianPackage: string;
  purpose: string;
}> = [
  {
    command: CHROMIUM,
    args: ['--version'],
    debianPackage: 'chromium',
    purpose: 'browser tests and the benchmark',
  },
  {
    command: 'qpdf',
    args: ['--version'],
    debianPackage: 'qpdf',
    purpose: 'checking generated PDFs',
  },
  {
    command: 'pdftotext',
    args: ['-v'],
    debianPackage: 'poppler-utils',
    purpose: 'reading text of generated PDFs',
  },
  {
    command: 'pdffonts',
    args: ['-v'],
    debianPackage: 'poppler-utils',
    purpose: 'checking embedded fonts',
  },
  {
    command: 'xmllint',
    args: ['--version'],
    debianPackage: 'libxml2-utils',
    purpose: 'validating XML against the XSDs',
  },
  {
    command: 'openssl',
    args: ['version'],
    debianPackage: 'openssl',
    purpose: 'test certificates for the eSSL client over TLS',
  },
  {
    command: 'pdfsig',
    args: ['-v'],
    debianPackage: 'poppler-utils',
    purpose: 'cross-checking PDF signatures',
  },
  {
    command: 'java',
    args: ['-version'],
    debianPackage: 'default-jre-headless',
    purpose: 'PDFBox Preflight (PDF/A check)',
  },
  ...[
    ['preflight.jar', 'libpdfbox2-java'],
    ['pdfbox2.jar', 'libpdfbox2-java'],
    ['xmpbox.jar', 'libpdfbox2-java'],
    ['fontbox2.jar', 'libfontbox2-java'],
    ['commons-logging.jar', 'libcommons-logging-java'],
    ['javax.activation.jar', 'libactivation-java'],
    ['jaxb-api.jar', 'libjaxb-api-java'],
  ].map(([jar, debianPackage]) => ({
    command: `/usr/share/java/${jar}`,
    args: [],
    debianPackage: debianPackage ?? '',
    purpose: 'PDFBox Preflight (PDF/A check)',
  })),
  {
    command: 'softhsm2-util',
    args: ['--version'],
    debianPackage: 'softhsm2',
    purpose: 'a PKCS#11 token for the smart-card signing tests',
  },
];
