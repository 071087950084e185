import type { ComponentType } from 'react';
import { useResourceContext } from 'react-admin';
import { pages } from '../resources/pages';
import type { ResourcePages } from '../model/types';
import { GenericCreate, GenericEdit } from './GenericEdit';
import { GenericList } from './GenericList';
import { GenericShow } from './GenericShow';

/**
 * The page of a resource: the one admin/src/resources/pages.ts swaps in for it, or the generic
 * one. Kept apart from the generic pages, which hand-written pages import (no import cycle).
 */
function pageOf(kind: keyof ResourcePages, generic: ComponentType) {
  return function ResourcePage() {
    const Page = pages[useResourceContext()!]?.[kind] ?? generic;
    return <Page />;
  };
}

export const ResourceList = pageOf('list', GenericList);
export const ResourceShow = pageOf('show', GenericShow);
export const ResourceEdit = pageOf('edit', GenericEdit);
export const ResourceCreate = pageOf('create', GenericCreate);
