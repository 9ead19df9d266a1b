/** Reported by `/health`; a test keeps it equal to package.json's version. */
export const SIM_VERSION = '0.1.0';
export const SIM_SERVICE_NAME = 'uradovna-sim';
