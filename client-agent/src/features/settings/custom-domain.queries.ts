import { graphql } from '../../gql';

graphql(`
  fragment CustomDomainFields on CustomDomain {
    id
    hostname
    verified
    verifiedAt
    isPrimary
    portalUrl
    dnsRecords {
      type
      name
      value
      purpose
    }
  }
`);

/** The custom domains settings; every domain mutation refetches it so the list, badges and links stay in step. */
export const customDomainSettingsQuery = graphql(`
  query CustomDomainSettings {
    customDomainSettings {
      defaultPortalUrl
      primaryPortalUrl
      domains {
        ...CustomDomainFields
      }
    }
  }
`);
