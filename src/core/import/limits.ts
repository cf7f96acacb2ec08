/**
 * 128 MiB per Azure CLI output file: `az ad user list` prints about 500 bytes per account, so room for
 * some 250,000 accounts, the most a workspace file holds (see DEFAULT_MAX_LENGTH). The CLI and the
 * extension refuse a larger input by its size, before reading it.
 */
export const MAX_IMPORT_INPUT_BYTES = 128 * 1024 * 1024;
