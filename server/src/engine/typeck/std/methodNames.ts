export interface StdMethodNames {
  readonly kind: string;
  readonly shown: string;
  readonly present: string;
  readonly bounded: string;
  readonly private: string;
}
export const STD_METHOD_NAMES: Readonly<Record<string, StdMethodNames>> = {};
