package cn.songjiang.budget.projects.repository;

import cn.songjiang.budget.projects.domain.PerformanceTarget;
import cn.songjiang.budget.projects.domain.TargetObservation;
import cn.songjiang.budget.support.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Performance targets of projects and their observations. */
@ApplicationScoped
public class PerformanceTargetRepository implements PanacheRepositoryBase<PerformanceTarget, Long> {

    public List<PerformanceTarget> ofProject(long projectId) {
        return list("projectId", Sort.by("id"), projectId);
    }

    public List<PerformanceTarget> ofProjects(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return list("projectId in ?1", Sort.by("id"), projectIds);
    }

    public Optional<PerformanceTarget> findInProject(long projectId, long targetId) {
        return find("id = ?1 and projectId = ?2", targetId, projectId).firstResultOptional();
    }

    /** The latest observation of each target (latest date, then latest recorded), by target id. */
    public Map<Long, TargetObservation> latestObservations(Collection<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        // Only the latest row of each target leaves the database (a target observed monthly has many).
        @SuppressWarnings("unchecked")
        List<TargetObservation> latest = getEntityManager().createNativeQuery(
                        "select distinct on (target_id) * from target_observation where target_id in (:ids)"
                                + " order by target_id, observed_on desc, id desc", TargetObservation.class)
                .setParameter("ids", targetIds).getResultList();
        return latest.stream().collect(Collectors.toMap(o -> o.targetId, Function.identity()));
    }

    public List<TargetObservation> observations(long targetId, PageRequest page) {
        return getEntityManager().createQuery(
                        "from TargetObservation where targetId = :id order by observedOn desc, id desc",
                        TargetObservation.class)
                .setParameter("id", targetId)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countObservations(long targetId) {
        return getEntityManager().createQuery("select count(o) from TargetObservation o where o.targetId = :id",
                Long.class).setParameter("id", targetId).getSingleResult();
    }

    public void deleteObservations(long targetId) {
        getEntityManager().createQuery("from TargetObservation where targetId = :id", TargetObservation.class)
                .setParameter("id", targetId).getResultList()
                .forEach(getEntityManager()::remove);
    }
}
