import SchemaBuilder from '@pothos/core';
import type { AtlasContext } from './context';

export const builder = new SchemaBuilder<{
  Context: AtlasContext;
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
});

builder.queryType({});

builder.mutationType({});
