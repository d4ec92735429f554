import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '@prometric/core';
import { Node, type NodeRef } from '../nodes/node.types';

/** What `search` looks through; each value is a Node type. */
export enum SearchType {
  PRODUCT = 'Product',
  CUSTOMER = 'Customer',
  ORDER = 'Order',
  INVOICE = 'Invoice',
  EMPLOYEE = 'Employee',
  SUPPLIER = 'Supplier',
}

registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'A kind of record `search` finds. Each is searched only for a caller who may read it (the scope of its own by-id query).',
  valuesConfig: {
    PRODUCT: { description: 'Products, by SKU (exact first) and name. Needs products:read.' },
    CUSTOMER: { description: 'Customers, by name and email. Needs customers:read.' },
    ORDER: { description: "Orders, by number (exact first) and their customer's name. Needs orders:read." },
    INVOICE: { description: 'Invoices, by number. Needs invoices:read.' },
    EMPLOYEE: { description: 'Employees, by name, email and position. Needs hr:read.' },
    SUPPLIER: { description: 'Suppliers, by name and email. Needs stock:read.' },
  },
});

@ObjectType({ description: 'One record a search found: what it is, how well it matched, where the words are, and the record itself.' })
export class SearchHit {
  @Field(() => SearchType, { description: 'The kind of record.' })
  type!: SearchType;

  @Field(() => Float, { description: 'Relevance, higher first: an exact code (SKU, number, email) scores 100 or more, then full-text rank and name similarity.' })
  rank!: number;

  @Field(() => String, {
    description: 'The matched text, HTML-escaped, with the words that matched a search word wrapped in <mark>…</mark> (safe to render as HTML).',
  })
  snippet!: string;

  @Field(() => Node, { nullable: true, description: 'The record (select its fields with `... on Product { … }`); null if it was deleted since.' })
  node!: NodeRef | null;
}

export const SearchConnection = ConnectionType(SearchHit, 'SearchHit', 'A page of search hits, best first.');
