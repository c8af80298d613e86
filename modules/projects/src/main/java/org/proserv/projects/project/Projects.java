package org.proserv.projects.project;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.paging.PagedQuery;
import org.proserv.platform.accounts.Actor;

/** Reading projects; they are started by accepting a quote. */
@Stateless
public class Projects {

    @PersistenceContext(unitName = "projects")
    EntityManager em;

    /** The project, if the actor may see it: another customer's answers 404, as one that does not exist. */
    public Project find(Actor actor, long projectId) {
        var project = em.find(Project.class, projectId);
        if (project == null || !actor.maySee(project.customerId())) {
            throw ProservException.notFound("Project", projectId);
        }
        return project;
    }

    /** Starts a project in the caller's transaction (the acceptance of its quote). */
    public Project start(Project project) {
        em.persist(project);
        em.flush();
        return project;
    }

    public Page<Project> list(Actor actor, Long customerId, PageRequest page) {
        var query = PagedQuery.from(em, Project.class, "Project p", "p");
        if (actor.isCustomer()) {
            query.where("p.customerId = :customer", "customer", actor.customerId());
        } else if (customerId != null) {
            query.where("p.customerId = :customer", "customer", customerId);
        }
        return query.page("p.acceptedAt desc, p.id desc", page);
    }
}
