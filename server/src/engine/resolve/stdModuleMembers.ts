export const STD_MODULE_MEMBERS: Readonly<Record<string, string>> = {};
