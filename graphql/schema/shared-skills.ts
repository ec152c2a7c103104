import "server-only";

export const sharedSkillTypeDefs = /* GraphQL */ `
  "A skill a roadmap shares with other roadmaps the viewer follows, and where."
  type SharedSkill {
    "The skill."
    skill: Skill!
    "The viewer's other roadmaps (those they have progress on and may see) where a live item claims it, by title."
    roadmaps: [Roadmap!]!
  }

  extend type Roadmap {
    """
    The skills this roadmap's live items claim that the viewer's other roadmaps claim too (their
    status is one, on every roadmap). Resetting this roadmap keeps them unless resetSharedSkills
    is true. Empty when signed out; needs READ_PROGRESS.
    """
    viewerSharedSkills: [SharedSkill!]!
  }
`;
