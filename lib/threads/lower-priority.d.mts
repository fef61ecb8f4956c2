export declare const WEBHOOK_NICE: number;
export declare const READER_NICE: number;
export declare function lowerThreadPriority(nice: number): boolean;
