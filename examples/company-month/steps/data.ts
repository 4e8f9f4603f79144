// The example's data files, read once. They were made by data/generate.ts from a fixed seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../data/', import.meta.url));
const read = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

export interface Company {
  readonly name: string;
  readonly nameEn: string;
  readonly taxCode: string;
  readonly address: string;
  readonly month: string;
  readonly paymentDate: string;
  readonly costCentres: readonly { orgUnit: string; position?: string; costCentre: string }[];
  readonly allowanceTax: Readonly<
    Record<string, { tax: 'taxable' | 'exempt' | 'meal'; insurable: boolean; label: string }>
  >;
  readonly unionMembers: readonly string[];
  readonly schedules: Readonly<Record<string, unknown>>;
  readonly shiftSegments: Readonly<Record<string, readonly { start: string; end: string }[]>>;
}

export interface Attendance {
  readonly employeeId: string;
  readonly schedule: string;
  readonly absences: readonly { date: string; kind: 'sick' | 'unpaid' }[];
  readonly leave: readonly { date: string; type: string }[];
  readonly overtime: readonly { date: string; start: string; end: string }[];
}

export interface Sale {
  readonly invoice: string;
  readonly date: string;
  readonly customer: string;
  readonly vatRate: string;
  readonly lines: readonly { product: string; quantity: number; unitPrice: string; unitCost: string }[];
  readonly paidOnDate?: string;
}

export interface Purchase {
  readonly invoice: string;
  readonly date: string;
  readonly supplier: string;
  readonly kind: 'materials' | 'supplies' | 'utilities';
  readonly amount: string;
  readonly vatRate: string;
}

export interface FixedAsset {
  readonly code: string;
  readonly name: string;
  readonly account: string;
  readonly costCentre: string;
  readonly cost: string;
  readonly inService: string;
  readonly lifeMonths: number;
  readonly method: 'straight-line' | 'declining-balance';
}

export interface Measurement {
  readonly date: string;
  readonly line: string;
  readonly characteristic: string;
  readonly unit: string;
  readonly values: readonly number[];
}

export interface Product {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly price: string;
  readonly cost: string;
}

export const data = {
  company: read<Company>('company.json'),
  employees: read<unknown[]>('employees.json'),
  contracts: read<unknown[]>('contracts.json'),
  attendance: read<Attendance[]>('attendance.json'),
  sales: read<Sale[]>('sales.json'),
  purchases: read<Purchase[]>('purchases.json'),
  fixedAssets: read<FixedAsset[]>('fixed-assets.json'),
  measurements: read<Measurement[]>('measurements.json'),
  products: read<Product[]>('products.json'),
  salesHistory:
    read<{ month: string; product: string; quantity: number; revenue: string }[]>('sales-history.json'),
};
